// SPDX-License-Identifier: MIT
// The design checks (specification 5 and 6.2) and the screens' transport (6.1.8, 6.1.9): each screen
// opened as a client opens it, in each language, theme and size, watched for what it must not do.
#include "conformancerunner.h"
#include "screenprobe.h"
#include "wellknownactions_p.h"

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
    auto shoot = [this, &probe](const QString &name) {
        probe.screenshot(QDir(m_output).filePath(name));
        return name;
    };

    // The screens: login and sign-up faces, and the InApp screens the profile offers (their
    // one-time tokens from 4.4, a fresh one for each load).
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
    for (const QString &id : WellKnownActions::ids(&WellKnownActions::Entry::specScreen)) {
        if (userId.isEmpty() || !m_plan.profile().action(id).isValid() || (m_plan.profile().action(id).requiresAccount() && account.isEmpty()))
            continue;
        screens.append({id, [this, id, userId, account] {
                            return ScreenUrlBuilder(m_plan.profile()).actionUrl(id, crmInAppToken(userId), account);
                        }});
    }
    QStringList notOpened;
    if (m_plan.hasCrm() && userId.isEmpty())
        notOpened.append(QStringLiteral("the InApp screens were not opened: %1").arg(why));
    else if (!m_plan.hasCrm())
        notOpened.append(QStringLiteral("the plan names no CRM: the InApp screens were not opened"));

    // 6.2.3 and 6.2.4 on every screen: English without lang, each listed language, the default for
    // an unsupported code; light and dark differ.
    CheckResult language(QStringLiteral("design.language"), QStringLiteral("6.2.3"),
                                  QStringLiteral("Each screen opens in English without lang, in each listed language, and in the default for an unsupported code"),
                                  false);
    CheckResult theme(QStringLiteral("design.theme"), QStringLiteral("6.2.4"),
                               QStringLiteral("On each screen theme=light and theme=dark look different"), false);
    if (wanted(language.id) || wanted(theme.id)) {
        announce(language.id);
        announce(theme.id);
        QStringList languageProblems, themeProblems;
        for (const Screen &screen : std::as_const(screens)) {
            probe.load(withItems(screen.url(), {}, {QStringLiteral("lang")}), Desktop169);
            const QString defaultLang = probe.evaluate(LangScript).toString();
            const QString englishText = text();
            language.screenshots.append(shoot(screen.name + QStringLiteral("-default.png")));
            language.evidence.append(QStringLiteral("%1, no lang → <html lang=\"%2\">").arg(screen.name, defaultLang));
            if (!defaultLang.startsWith(QLatin1String("en")))
                languageProblems.append(QStringLiteral("%1 without lang is not in English (lang=\"%2\")").arg(screen.name, defaultLang));
            for (const QString &code : m_plan.languages()) {
                probe.load(withItems(screen.url(), {{QStringLiteral("lang"), code}}), Desktop169);
                const QString lang = probe.evaluate(LangScript).toString();
                language.screenshots.append(shoot(QStringLiteral("%1-%2.png").arg(screen.name, code)));
                language.evidence.append(QStringLiteral("%1, lang=%2 → <html lang=\"%3\">").arg(screen.name, code, lang));
                if (!lang.startsWith(code) || text() == englishText)
                    languageProblems.append(QStringLiteral("lang=%1 leaves %2 in %3").arg(code, screen.name, lang.isEmpty() ? QStringLiteral("English") : lang));
            }
            probe.load(withItems(screen.url(), {{QStringLiteral("lang"), QStringLiteral("xx")}}), Desktop169);
            const QString unsupported = probe.evaluate(LangScript).toString();
            language.evidence.append(QStringLiteral("%1, lang=xx → <html lang=\"%2\">").arg(screen.name, unsupported));
            if (unsupported != defaultLang)
                languageProblems.append(QStringLiteral("an unsupported code gives %1 lang=\"%2\", not the default \"%3\"").arg(screen.name, unsupported, defaultLang));

            probe.load(withItems(screen.url(), {{QStringLiteral("theme"), QStringLiteral("light")}}), Desktop169);
            const QString light = probe.evaluate(BackgroundScript).toString();
            theme.screenshots.append(shoot(screen.name + QStringLiteral("-light.png")));
            probe.load(withItems(screen.url(), {{QStringLiteral("theme"), QStringLiteral("dark")}}), Desktop169);
            const QString dark = probe.evaluate(BackgroundScript).toString();
            theme.screenshots.append(shoot(screen.name + QStringLiteral("-dark.png")));
            theme.evidence.append(QStringLiteral("%1: light %2, dark %3").arg(screen.name, light, dark));
            if (light == dark)
                themeProblems.append(QStringLiteral("%1 has the background %2 in both themes").arg(screen.name, light));
        }
        if (m_plan.languages().isEmpty())
            language.evidence.append(QStringLiteral("the plan lists no language besides English (\"languages\")"));
        language.evidence += notOpened;
        theme.evidence += notOpened;
        language.judge(languageProblems, QStringLiteral("%1 screen(s): English by default, %2 language(s) honoured, the default for an unsupported code")
                                               .arg(screens.size()).arg(m_plan.languages().size()));
        theme.judge(themeProblems, QStringLiteral("%1 screen(s): the backgrounds differ").arg(screens.size()));
        if (wanted(language.id))
            record(language);
        if (wanted(theme.id))
            record(theme);
    }

    // 6.2.5 to 6.2.7 on the login screen.
    const bool loginChecks = std::any_of(ids.cbegin() + 2, ids.cbegin() + 5, [this](const QString &id) { return wanted(id); });
    if (loginChecks && !login.isValid()) {
        for (const QString &id : ids.mid(2, 3)) {
            CheckResult r(id, QString(), id);
            r.explanation = QStringLiteral("the profile has no login screen (light identity)");
            if (wanted(id))
                record(r);
        }
    } else if (loginChecks) {
        announce(QStringLiteral("design.firstLogin"));
        const QUrl english = withItems(login, {}, {QStringLiteral("lang")});
        probe.load(english, Desktop169);
        const QString englishText = text();
        CheckResult r(QStringLiteral("design.firstLogin"), QStringLiteral("6.2.5"),
                               QStringLiteral("firstLogin=true shows the sign-up content, firstLogin=false the login"), false);
        probe.load(withItems(login, {{QStringLiteral("firstLogin"), QStringLiteral("true")}}), Desktop169);
        const QString signUp = text();
        r.screenshots = {shoot(QStringLiteral("login-firstLogin.png"))};
        r.evidence = {QStringLiteral("the login URL with firstLogin=false and with firstLogin=true, text compared")};
        r.judge(signUp == englishText ? QStringList{QStringLiteral("firstLogin=true and false show the same page: true shows the sign-up content, "
                                                                   "false the login (6.2.5)")}
                                      : QStringList{},
                QStringLiteral("the two faces differ"));
        if (wanted(r.id))
            record(r);

        r = CheckResult(QStringLiteral("design.severalParameters"), QStringLiteral("6.2.6"),
                   QStringLiteral("Several parameters changed at once are all honoured"), false);
        announce(r.id);
        if (m_plan.languages().isEmpty()) {
            r.explanation = QStringLiteral("the plan lists no language besides English (\"languages\")");
        } else {
            const QString other = m_plan.languages().constFirst();
            probe.load(withItems(login, {{QStringLiteral("lang"), QStringLiteral("en")}, {QStringLiteral("theme"), QStringLiteral("dark")}}), Desktop169);
            const QString beforeLang = probe.evaluate(LangScript).toString();
            const QString beforeBackground = probe.evaluate(BackgroundScript).toString();
            probe.load(withItems(login, {{QStringLiteral("lang"), other}, {QStringLiteral("theme"), QStringLiteral("light")}}), Desktop169);
            const QString afterLang = probe.evaluate(LangScript).toString();
            const QString afterBackground = probe.evaluate(BackgroundScript).toString();
            r.screenshots = {shoot(QStringLiteral("login-%1-light.png").arg(other))};
            r.evidence = {QStringLiteral("lang=en, theme=dark → %1 %2").arg(beforeLang, beforeBackground),
                          QStringLiteral("lang=%1, theme=light → %2 %3").arg(other, afterLang, afterBackground)};
            QStringList problems;
            if (!afterLang.startsWith(other))
                problems.append(QStringLiteral("the language did not change to %1").arg(other));
            if (afterBackground == beforeBackground)
                problems.append(QStringLiteral("the theme did not change to light"));
            r.judge(problems, QStringLiteral("language and theme changed together"));
        }
        if (wanted(r.id))
            record(r);

        r = CheckResult(QStringLiteral("design.resetPassword"), QStringLiteral("6.2.7"),
                        QStringLiteral("The login screen has a working Reset Password control (6.2.7)"));
        announce(r.id);
        probe.load(english, Desktop169);
        const QString href = probe.evaluate(QStringLiteral(
            "(function() { var all = document.querySelectorAll('a, button');"
            "  for (var i = 0; i < all.length; ++i) { var t = all[i].innerText || '';"
            "    if (/reset|forgot/i.test(t)) return all[i].href || ('button:' + t); } return ''; })()")).toString();
        if (href.isEmpty()) {
            r.judge({QStringLiteral("no link or button reading 'Reset' or 'Forgot' on the login screen")}, QString());
        } else if (href.startsWith(QLatin1String("button:"))) {
            r.pass(QStringLiteral("a button '%1' (not followed: it is scripted)").arg(href.mid(7)));
        } else {
            // Followed only to an https page of the broker: a link elsewhere (a file, an intranet
            // page) is neither loaded nor photographed.
            const QUrl target(href);
            const QString where = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
            if (!isBrokerPage(target)) {
                r.evidence = {QStringLiteral("the reset link → %1, not followed").arg(where)};
                r.fail(QStringLiteral("the reset link leads to %1, not to an https page on the broker's origins: not loaded").arg(where));
            } else {
                const ScreenProbe::Load reset = probe.load(target, Desktop169, 20000, [this](const QUrl &url) { return isBrokerPage(url); });
                if (reset.ok)
                    r.screenshots = {shoot(QStringLiteral("reset-password.png"))};
                r.evidence = {QStringLiteral("the reset link → %1: %2").arg(where, reset.ok ? QStringLiteral("loaded") : reset.error)};
                r.judge(reset.ok ? QStringList{} : QStringList{QStringLiteral("the reset link (%1) does not load: %2").arg(where, reset.error)},
                        QStringLiteral("the reset link loads %1").arg(where));
            }
        }
        if (wanted(r.id))
            record(r);
    }

    // Every screen: sizes, words, dialogs, load time, transport.
    CheckResult scroll(QStringLiteral("design.noHorizontalScroll"), QStringLiteral("6.2.2"),
                                QStringLiteral("No screen scrolls horizontally at 4:3, 16:9 or a phone's size"));
    CheckResult words(QStringLiteral("design.platformNames"), QStringLiteral("5"),
                               QStringLiteral("No screen mentions \"cTrader ID\" or another trading platform"));
    CheckResult popUps(QStringLiteral("design.noPopUps"), QStringLiteral("5"),
                                QStringLiteral("No screen shows a JavaScript alert, confirm or a pop-up window"));
    CheckResult time(QStringLiteral("design.loadTime"), QStringLiteral("5"),
                              QStringLiteral("Every screen loads within 3 s (median of %1 loads)").arg(m_plan.screenLoadRuns()));
    CheckResult transport(QStringLiteral("transport.screens"), QStringLiteral("6.1.8, 6.1.9"),
                                   QStringLiteral("Every screen and every request it makes is https, with a certificate the system trusts"));
    QStringList scrollProblems, wordProblems, timeProblems;
    // Each dialog once, with the screens that showed it.
    QList<QPair<QString, QStringList>> dialogs;
    auto noteDialogs = [&](const QString &screenName, const QStringList &seen) {
        for (const QString &dialog : seen) {
            auto it = std::find_if(dialogs.begin(), dialogs.end(), [&](const auto &d) { return d.first == dialog; });
            if (it == dialogs.end())
                dialogs.append({dialog, {screenName}});
            else if (!it->second.contains(screenName))
                it->second.append(screenName);
        }
    };
    probe.clear();
    for (const QString &id : {scroll.id, words.id, popUps.id, time.id, transport.id})
        announce(id);
    for (const Screen &screen : std::as_const(screens)) {
        const qsizetype dialogsBefore = probe.dialogs().size();
        const qsizetype popUpsBefore = probe.popUps().size();
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
        noteDialogs(screen.name, probe.dialogs().mid(dialogsBefore) + probe.popUps().mid(popUpsBefore));
    }
    const QString checked = QStringLiteral("%1 screen(s): %2").arg(screens.size()).arg([&] {
        QStringList names;
        for (const Screen &s : std::as_const(screens))
            names.append(s.name);
        return names.join(QStringLiteral(", "));
    }());
    scroll.judge(scrollProblems, checked);
    words.judge(wordProblems, checked);
    QStringList dialogProblems;
    for (const auto &[dialog, where] : std::as_const(dialogs))
        dialogProblems.append(QStringLiteral("%1 (on %2)").arg(dialog, where.join(QStringLiteral(", "))));
    popUps.judge(dialogProblems, checked);
    popUps.evidence = dialogProblems;
    time.judge(timeProblems, checked);
    QStringList transportProblems;
    for (const QString &request : probe.insecureRequests())
        transportProblems.append(QStringLiteral("http request: %1").arg(request));
    for (const QString &certificate : probe.certificateProblems())
        transportProblems.append(QStringLiteral("certificate the system does not trust: %1").arg(certificate));
    transportProblems.removeDuplicates();
    transport.judge(transportProblems, checked);
    time.evidence += notOpened;
    for (CheckResult *r : {&scroll, &words, &popUps, &time, &transport}) {
        r->evidence.removeAll(QString());
        if (wanted(r->id))
            record(*r);
    }
}

} // namespace InAppKit::Conformance
