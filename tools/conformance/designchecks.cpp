// SPDX-License-Identifier: MIT
// The design checks (specification 5 and 6.2) and the screens' transport (6.1.8, 6.1.9): each screen
// opened as a client opens it, in each language, theme and size, watched for what it must not do.
#include "conformancerunner.h"
#include "screenprobe.h"

#include <InAppKit/ScreenUrlBuilder>

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace InAppKit::Conformance {

namespace {
const QSize Desktop169(1280, 720);
const QSize Desktop43(1024, 768);
const QSize Phone(390, 844);
constexpr qint64 MaxLoadMs = 3000;

const QStringList &otherPlatforms()
{
    static const QStringList names = {QStringLiteral("cTrader ID"), QStringLiteral("MetaTrader"), QStringLiteral("MT4"),
                                      QStringLiteral("MT5"),        QStringLiteral("NinjaTrader"), QStringLiteral("TradingView"),
                                      QStringLiteral("Match-Trader"), QStringLiteral("DXtrade")};
    return names;
}

QUrl withItems(QUrl url, const QList<QPair<QString, QString>> &set, const QStringList &remove = {})
{
    QUrlQuery query(url);
    for (const QString &name : remove)
        query.removeAllQueryItems(name);
    for (const auto &[name, value] : set) {
        query.removeAllQueryItems(name);
        query.addQueryItem(name, value);
    }
    url.setQuery(query);
    return url;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

CheckResult result(const QString &id, const QString &spec, const QString &title, bool required = true)
{
    CheckResult r;
    r.id = id;
    r.spec = spec;
    r.title = title;
    r.required = required;
    return r;
}

void verdict(CheckResult &r, const QStringList &problems, const QString &passed)
{
    r.verdict = problems.isEmpty() ? CheckResult::Verdict::Pass : CheckResult::Verdict::Fail;
    r.explanation = problems.isEmpty() ? passed : problems.join(QStringLiteral("; "));
}

const QString LangScript = QStringLiteral("document.documentElement.lang || ''");
const QString TextScript = QStringLiteral("document.body ? document.body.innerText : ''");
const QString BackgroundScript = QStringLiteral(
    "(function() { var c = getComputedStyle(document.body).backgroundColor;"
    "  if (c === 'rgba(0, 0, 0, 0)' || c === 'transparent') c = getComputedStyle(document.documentElement).backgroundColor; return c; })()");
const QString OverflowScript = QStringLiteral("document.documentElement.scrollWidth - window.innerWidth");
} // namespace

void ConformanceRunner::designChecks()
{
    const QStringList ids = {QStringLiteral("design.language"), QStringLiteral("design.theme"), QStringLiteral("design.firstLogin"),
                             QStringLiteral("design.severalParameters"), QStringLiteral("design.resetPassword"),
                             QStringLiteral("design.noHorizontalScroll"), QStringLiteral("design.platformNames"),
                             QStringLiteral("design.noPopUps"), QStringLiteral("design.loadTime"), QStringLiteral("transport.screens")};
    if (std::none_of(ids.cbegin(), ids.cend(), [this](const QString &id) { return wanted(id); }))
        return;
    ScreenProbe probe(m_plan.profile(), m_testTrust, m_headless);
    const QUrl login = [this] {
        ScreenUrlBuilder builder(m_plan.profile());
        builder.setFirstLogin(false);
        return builder.loginUrl();
    }();
    auto text = [&probe] { return probe.evaluate(TextScript).toString(); };

    // The login screen in each language, theme and face (6.2.3 to 6.2.7).
    const bool loginChecks = std::any_of(ids.cbegin(), ids.cbegin() + 5, [this](const QString &id) { return wanted(id); });
    if (!loginChecks) {
        // none asked for
    } else if (!login.isValid()) {
        for (const QString &id : ids.mid(0, 5)) {
            CheckResult r = result(id, QString(), id);
            r.explanation = QStringLiteral("the profile has no login screen (light identity)");
            if (wanted(id))
                record(r);
        }
    } else {
        const QUrl english = withItems(login, {}, {QStringLiteral("lang")});
        probe.load(english, Desktop169);
        const QString defaultLang = probe.evaluate(LangScript).toString();
        const QString englishText = text();
        probe.screenshot(QDir(m_output).filePath(QStringLiteral("login-default.png")));

        CheckResult r = result(QStringLiteral("design.language"), QStringLiteral("6.2.3"),
                               QStringLiteral("The login screen opens in English without lang, in each listed language, and in the default for an unsupported code"),
                               false);
        r.screenshots = {QStringLiteral("login-default.png")};
        QStringList problems;
        r.evidence.append(QStringLiteral("no lang → <html lang=\"%1\">").arg(defaultLang));
        if (!defaultLang.startsWith(QLatin1String("en")))
            problems.append(QStringLiteral("without lang the screen is not in English (lang=\"%1\")").arg(defaultLang));
        for (const QString &language : m_plan.languages()) {
            probe.load(withItems(login, {{QStringLiteral("lang"), language}}), Desktop169);
            const QString lang = probe.evaluate(LangScript).toString();
            const QString shot = QStringLiteral("login-%1.png").arg(language);
            probe.screenshot(QDir(m_output).filePath(shot));
            r.screenshots.append(shot);
            r.evidence.append(QStringLiteral("lang=%1 → <html lang=\"%2\">").arg(language, lang));
            if (!lang.startsWith(language) || text() == englishText)
                problems.append(QStringLiteral("lang=%1 leaves the screen in %2").arg(language, lang.isEmpty() ? QStringLiteral("English") : lang));
        }
        probe.load(withItems(login, {{QStringLiteral("lang"), QStringLiteral("xx")}}), Desktop169);
        const QString unsupported = probe.evaluate(LangScript).toString();
        r.evidence.append(QStringLiteral("lang=xx → <html lang=\"%1\">").arg(unsupported));
        if (unsupported != defaultLang)
            problems.append(QStringLiteral("an unsupported code gives lang=\"%1\", not the default \"%2\"").arg(unsupported, defaultLang));
        if (m_plan.languages().isEmpty())
            r.evidence.append(QStringLiteral("the plan lists no other language (\"languages\")"));
        verdict(r, problems, QStringLiteral("English by default, %1 language(s) honoured, the default for an unsupported code").arg(m_plan.languages().size()));
        if (wanted(r.id))
            record(r);

        r = result(QStringLiteral("design.theme"), QStringLiteral("6.2.4"), QStringLiteral("theme=light and theme=dark look different"), false);
        probe.load(withItems(login, {{QStringLiteral("theme"), QStringLiteral("light")}}), Desktop169);
        const QString light = probe.evaluate(BackgroundScript).toString();
        probe.screenshot(QDir(m_output).filePath(QStringLiteral("login-light.png")));
        probe.load(withItems(login, {{QStringLiteral("theme"), QStringLiteral("dark")}}), Desktop169);
        const QString dark = probe.evaluate(BackgroundScript).toString();
        probe.screenshot(QDir(m_output).filePath(QStringLiteral("login-dark.png")));
        r.screenshots = {QStringLiteral("login-light.png"), QStringLiteral("login-dark.png")};
        r.evidence = {QStringLiteral("theme=light → background %1").arg(light), QStringLiteral("theme=dark → background %1").arg(dark)};
        verdict(r, light == dark ? QStringList{QStringLiteral("the page's background is %1 in both themes").arg(light)} : QStringList{},
                QStringLiteral("the backgrounds differ"));
        if (wanted(r.id))
            record(r);

        r = result(QStringLiteral("design.firstLogin"), QStringLiteral("6.2.5"),
                   QStringLiteral("firstLogin=true shows the sign-up content, firstLogin=false the login"), false);
        probe.load(withItems(login, {{QStringLiteral("firstLogin"), QStringLiteral("true")}}), Desktop169);
        const QString signUp = text();
        probe.screenshot(QDir(m_output).filePath(QStringLiteral("login-firstLogin.png")));
        r.screenshots = {QStringLiteral("login-default.png"), QStringLiteral("login-firstLogin.png")};
        verdict(r, signUp == englishText ? QStringList{QStringLiteral("firstLogin=true and false show the same page")} : QStringList{},
                QStringLiteral("the two faces differ"));
        if (wanted(r.id))
            record(r);

        r = result(QStringLiteral("design.severalParameters"), QStringLiteral("6.2.6"),
                   QStringLiteral("Several parameters changed at once are all honoured"), false);
        if (m_plan.languages().isEmpty()) {
            r.explanation = QStringLiteral("the plan lists no language besides English (\"languages\")");
        } else {
            const QString other = m_plan.languages().constFirst();
            probe.load(withItems(login, {{QStringLiteral("lang"), QStringLiteral("en")}, {QStringLiteral("theme"), QStringLiteral("dark")}}), Desktop169);
            const QString before = probe.evaluate(LangScript).toString() + u' ' + probe.evaluate(BackgroundScript).toString();
            probe.load(withItems(login, {{QStringLiteral("lang"), other}, {QStringLiteral("theme"), QStringLiteral("light")}}), Desktop169);
            const QString afterLang = probe.evaluate(LangScript).toString();
            const QString afterBackground = probe.evaluate(BackgroundScript).toString();
            r.evidence = {QStringLiteral("lang=en, theme=dark → %1").arg(before), QStringLiteral("lang=%1, theme=light → %2 %3").arg(other, afterLang, afterBackground)};
            QStringList problems2;
            if (!afterLang.startsWith(other))
                problems2.append(QStringLiteral("the language did not change to %1").arg(other));
            if (afterBackground == dark)
                problems2.append(QStringLiteral("the theme did not change to light"));
            verdict(r, problems2, QStringLiteral("language and theme changed together"));
        }
        if (wanted(r.id))
            record(r);

        r = result(QStringLiteral("design.resetPassword"), QStringLiteral("6.2.7"), QStringLiteral("The login screen has a working Reset Password control"));
        probe.load(english, Desktop169);
        const QString href = probe.evaluate(QStringLiteral(
            "(function() { var all = document.querySelectorAll('a, button');"
            "  for (var i = 0; i < all.length; ++i) { var t = all[i].innerText || '';"
            "    if (/reset|forgot/i.test(t)) return all[i].href || ('button:' + t); } return ''; })()")).toString();
        if (href.isEmpty()) {
            verdict(r, {QStringLiteral("no link or button reading 'Reset' or 'Forgot' on the login screen")}, QString());
        } else if (href.startsWith(QLatin1String("button:"))) {
            verdict(r, {}, QStringLiteral("a button '%1' (not followed: it is scripted)").arg(href.mid(7)));
        } else {
            const ScreenProbe::Load reset = probe.load(QUrl(href), Desktop169);
            r.evidence = {QStringLiteral("the reset link → %1").arg(reset.ok ? QStringLiteral("loaded") : reset.error)};
            verdict(r, reset.ok ? QStringList{} : QStringList{QStringLiteral("the reset link does not load: %1").arg(reset.error)},
                    QStringLiteral("the reset link loads"));
        }
        if (wanted(r.id))
            record(r);
    }

    // Every screen: sizes, words, dialogs, load time, transport.
    struct Screen {
        QString name;
        std::function<QUrl()> url;
    };
    QList<Screen> screens;
    if (login.isValid()) {
        screens.append({QStringLiteral("login"), [login] { return login; }});
        screens.append({QStringLiteral("signup"), [login] { return withItems(login, {{QStringLiteral("firstLogin"), QStringLiteral("true")}}); }});
    }
    QString why;
    const QString userId = m_plan.hasCrm() ? crmUserId(&why) : QString();
    const QString account = m_plan.users().constFirst().account;
    for (const char *action : {"deposit", "withdraw", "newAccount", "changePassword", "changeEmail"}) {
        const QString id = QLatin1String(action);
        if (userId.isEmpty() || !m_plan.profile().action(id).isValid() || (m_plan.profile().action(id).requiresAccount() && account.isEmpty()))
            continue;
        screens.append({id, [this, id, userId, account] {
                            const QString token = crmInAppToken(userId);
                            return ScreenUrlBuilder(m_plan.profile()).actionUrl(id, token, account);
                        }});
    }

    CheckResult scroll = result(QStringLiteral("design.noHorizontalScroll"), QStringLiteral("6.2.2"),
                                QStringLiteral("No screen scrolls horizontally at 4:3, 16:9 or a phone's size"));
    CheckResult words = result(QStringLiteral("design.platformNames"), QStringLiteral("5"),
                               QStringLiteral("No screen mentions \"cTrader ID\" or another trading platform"));
    CheckResult popUps = result(QStringLiteral("design.noPopUps"), QStringLiteral("5"),
                                QStringLiteral("No screen shows a JavaScript alert, confirm or a pop-up window"));
    CheckResult time = result(QStringLiteral("design.loadTime"), QStringLiteral("5"),
                              QStringLiteral("Every screen loads within 3 s (median of %1 loads)").arg(m_plan.screenLoadRuns()));
    CheckResult transport = result(QStringLiteral("transport.screens"), QStringLiteral("6.1.8, 6.1.9"),
                                   QStringLiteral("Every screen and every request it makes is https, with a certificate the system trusts"));
    QStringList scrollProblems, wordProblems, timeProblems;
    probe.clear();
    for (const Screen &screen : std::as_const(screens)) {
        QList<qint64> times;
        for (int run = 0; run < m_plan.screenLoadRuns(); ++run) {
            const ScreenProbe::Load load = probe.load(screen.url(), Desktop169);
            if (!load.ok) {
                timeProblems.append(QStringLiteral("%1: %2").arg(screen.name, load.error));
                break;
            }
            times.append(load.ms);
        }
        if (!times.isEmpty()) {
            const qint64 typical = median(times);
            const qint64 worst = *std::max_element(times.cbegin(), times.cend());
            time.evidence.append(QStringLiteral("%1: median %2 ms, worst %3 ms").arg(screen.name).arg(typical).arg(worst));
            if (typical > MaxLoadMs)
                timeProblems.append(QStringLiteral("%1 takes %2 ms (median)").arg(screen.name).arg(typical));
            const QString body = text();
            for (const QString &name : otherPlatforms()) {
                if (body.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)), QRegularExpression::CaseInsensitiveOption)))
                    wordProblems.append(QStringLiteral("%1 says \"%2\"").arg(screen.name, name));
            }
        }
        for (const QSize &size : {Desktop169, Desktop43, Phone}) {
            if (!probe.load(screen.url(), size).ok)
                continue;
            const int overflow = probe.evaluate(OverflowScript).toInt();
            const QString shot = QStringLiteral("%1-%2x%3.png").arg(screen.name).arg(size.width()).arg(size.height());
            probe.screenshot(QDir(m_output).filePath(shot));
            scroll.screenshots.append(shot);
            scroll.evidence.append(QStringLiteral("%1 at %2×%3: %4 px wider than the window").arg(screen.name).arg(size.width()).arg(size.height()).arg(qMax(0, overflow)));
            if (overflow > 1)
                scrollProblems.append(QStringLiteral("%1 scrolls sideways at %2×%3 (%4 px)").arg(screen.name).arg(size.width()).arg(size.height()).arg(overflow));
        }
    }
    const QString checked = QStringLiteral("%1 screen(s): %2").arg(screens.size()).arg([&] {
        QStringList names;
        for (const Screen &s : std::as_const(screens))
            names.append(s.name);
        return names.join(QStringLiteral(", "));
    }());
    verdict(scroll, scrollProblems, checked);
    verdict(words, wordProblems, checked);
    verdict(popUps, probe.dialogs() + probe.popUps(), checked);
    popUps.evidence = probe.dialogs() + probe.popUps();
    verdict(time, timeProblems, checked);
    QStringList transportProblems;
    for (const QString &request : probe.insecureRequests())
        transportProblems.append(QStringLiteral("http request: %1").arg(request));
    for (const QString &certificate : probe.certificateProblems())
        transportProblems.append(QStringLiteral("certificate the system does not trust: %1").arg(certificate));
    transportProblems.removeDuplicates();
    verdict(transport, transportProblems, checked);
    if (!userId.isEmpty() || !m_plan.hasCrm())
        time.evidence.append(m_plan.hasCrm() ? QString() : QStringLiteral("the plan names no CRM: the InApp screens were not opened"));
    else
        time.evidence.append(QStringLiteral("the InApp screens were not opened: %1").arg(why));
    for (CheckResult *r : {&scroll, &words, &popUps, &time, &transport}) {
        r->evidence.removeAll(QString());
        if (wanted(r->id))
            record(*r);
    }
}

} // namespace InAppKit::Conformance
